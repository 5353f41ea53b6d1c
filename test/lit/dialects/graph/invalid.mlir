// graph verifier errors: shape mismatches, wrong axes, invalid perms, negative pads, bad groups — a diagnostic on the op each time.
// RUN: %dlc-opt %s --split-input-file --verify-diagnostics

func.func @add_broadcast(%a: tensor<2x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'graph.add' op operands are not broadcast-compatible: 2x3 and 4 differ in dimension 1 of the result (3 vs 4)}}
  %0 = graph.add %a, %b : tensor<2x3xf32>, tensor<4xf32>
  return
}

// -----

func.func @mul_element_types(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+1 {{'graph.mul' op rhs has element type 'f16', but lhs has 'f32' (insert a graph.cast)}}
  %0 = graph.mul %a, %b : tensor<2xf32>, tensor<2xf16>
  return
}

// -----

func.func @add_integer(%a: tensor<2xi32>) {
  // expected-error @+1 {{'graph.add' op operand #0 must be statically shaped tensor of 16-bit, bfloat16, 32-bit or 64-bit float values, but got 'tensor<2xi32>'}}
  %0 = graph.add %a, %a : tensor<2xi32>, tensor<2xi32>
  return
}

// -----

func.func @dynamic(%a: tensor<?x3xf32>) {
  // expected-error @+1 {{'graph.relu' op operand #0 must be statically shaped tensor of 16-bit, bfloat16, 32-bit or 64-bit float values, but got 'tensor<?x3xf32>'}}
  %0 = graph.relu %a : tensor<?x3xf32>
  return
}

// -----

func.func @wrong_result_type(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'graph.sub' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  %0 = "graph.sub"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @unary_result(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.exp' op requires the same type for all operands and results}}
  %0 = "graph.exp"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf16>
  return
}

// -----

func.func @cast_shape(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.cast' op all non-scalar operands/results must have the same shape and base type}}
  %0 = graph.cast %a : tensor<2x3xf32> to tensor<6xf16>
  return
}

// -----

func.func @constant_type() {
  // expected-error @+1 {{'graph.constant' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<2xf16>'}}
  %0 = "graph.constant"() <{value = dense<1.0> : tensor<2xf32>}> : () -> tensor<2xf16>
  return
}

// -----

func.func @matmul_contracting(%a: tensor<4x8xf32>, %b: tensor<7x16xf32>) {
  // expected-error @+1 {{'graph.matmul' op contracting dimensions differ: lhs 4x8 has 8 columns, rhs 7x16 has 7 rows}}
  %0 = graph.matmul %a, %b : tensor<4x8xf32>, tensor<7x16xf32>
  return
}

// -----

func.func @matmul_rank(%a: tensor<8xf32>, %b: tensor<8x16xf32>) {
  // expected-error @+1 {{'graph.matmul' op lhs must have rank 2 or more, but has rank 1}}
  %0 = graph.matmul %a, %b : tensor<8xf32>, tensor<8x16xf32>
  return
}

// -----

func.func @matmul_batch(%a: tensor<2x4x8xf32>, %b: tensor<3x8x16xf32>) {
  // expected-error @+1 {{'graph.matmul' op batch dimensions are not broadcast-compatible: 2 and 3 differ in dimension 0 of the result (2 vs 3)}}
  %0 = graph.matmul %a, %b : tensor<2x4x8xf32>, tensor<3x8x16xf32>
  return
}

// -----

func.func @gemm_contracting(%a: tensor<4x8xf32>, %b: tensor<16x8xf32>) {
  // expected-error @+1 {{'graph.gemm' op contracting dimensions differ: op(A) is 4x8, op(B) is 16x8 (set transA or transB to transpose an operand)}}
  %0 = graph.gemm %a, %b : tensor<4x8xf32>, tensor<16x8xf32>
  return
}

// -----

func.func @gemm_c(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16x1xf32>) {
  // expected-error @+1 {{'graph.gemm' op C must have rank 2 or less, but has rank 3}}
  %0 = graph.gemm %a, %b, %c : tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x16x1xf32>
  return
}

// -----

func.func @gemm_c_broadcast(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<3x16xf32>) {
  // expected-error @+1 {{'graph.gemm' op C and the product are not broadcast-compatible: 3x16 and 4x16 differ in dimension 0 of the result (3 vs 4)}}
  %0 = graph.gemm %a, %b, %c : tensor<4x8xf32>, tensor<8x16xf32>, tensor<3x16xf32>
  return
}

// -----

func.func @conv_negative_pads(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op pads must be non-negative, but got [0, -1, 0, 0]}}
  %0 = graph.conv2d %x, %w pads = [0, -1, 0, 0] : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
  return
}

// -----

func.func @conv_pads_length(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op pads must have 4 entries (top, left, bottom, right), but has 2}}
  %0 = graph.conv2d %x, %w pads = [1, 1] : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
  return
}

// -----

func.func @conv_groups_divide(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op groups (3) must divide the input channels (4)}}
  %0 = graph.conv2d %x, %w groups = 3 : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
  return
}

// -----

func.func @conv_groups_zero(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op groups must be positive, but got 0}}
  %0 = graph.conv2d %x, %w groups = 0 : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
  return
}

// -----

func.func @conv_group_channels(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op weight has 4 input channels per group, but the input has 4 channels in 2 group(s) (expected 2)}}
  %0 = graph.conv2d %x, %w groups = 2 : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
  return
}

// -----

func.func @conv_output_groups(%x: tensor<1x4x8x8xf32>, %w: tensor<5x2x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op groups (2) must divide the output channels (5)}}
  %0 = graph.conv2d %x, %w groups = 2 : tensor<1x4x8x8xf32>, tensor<5x2x3x3xf32>
  return
}

// -----

func.func @conv_bias(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'graph.conv2d' op bias must have shape 6 (the output channels), but has shape 4}}
  %0 = graph.conv2d %x, %w, %b : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>, tensor<4xf32>
  return
}

// -----

func.func @conv_rank(%x: tensor<4x8x8xf32>, %w: tensor<6x4x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op input must have rank 4 (N, C, H, W), but has rank 3}}
  %0 = graph.conv2d %x, %w : tensor<4x8x8xf32>, tensor<6x4x3x3xf32>
  return
}

// -----

func.func @conv_window(%x: tensor<1x4x2x8xf32>, %w: tensor<6x4x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op window of 5 (kernel 3, dilation 2) is larger than the padded input's height 2}}
  %0 = graph.conv2d %x, %w dilations = [2, 1] : tensor<1x4x2x8xf32>, tensor<6x4x3x3xf32>
  return
}

// -----

func.func @conv_strides(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op strides must be positive, but got [0, 1]}}
  %0 = graph.conv2d %x, %w strides = [0, 1] : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
  return
}

// -----

func.func @pool_kernel(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'graph.max_pool2d' op kernel must have 2 entries (height, width), but has 3}}
  %0 = graph.max_pool2d %x kernel = [2, 2, 2] : tensor<1x3x8x8xf32>
  return
}

// -----

func.func @pool_pads(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'graph.avg_pool2d' op pads [2, 0, 0, 0] must be smaller than the kernel [2, 2]}}
  %0 = graph.avg_pool2d %x kernel = [2, 2] pads = [2, 0, 0, 0] : tensor<1x3x8x8xf32>
  return
}

// -----

func.func @global_pool_rank(%x: tensor<3x8xf32>) {
  // expected-error @+1 {{'graph.global_avg_pool' op input must have rank 3 or more (N, C, spatial...), but has rank 2}}
  %0 = graph.global_avg_pool %x : tensor<3x8xf32>
  return
}

// -----

func.func @reduce_axis(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.reduce_sum' op axis 2 is out of range for rank 2 (expected -2 <= axis < 2)}}
  %0 = graph.reduce_sum %x axes = [2] : tensor<4x8xf32>
  return
}

// -----

func.func @reduce_twice(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.reduce_max' op axes [1, -1] name dimension 1 twice}}
  %0 = graph.reduce_max %x axes = [1, -1] : tensor<4x8xf32>
  return
}

// -----

func.func @softmax_axis(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.softmax' op axis -3 is out of range for rank 2 (expected -2 <= axis < 2)}}
  %0 = graph.softmax %x axis = -3 : tensor<4x8xf32>
  return
}

// -----

func.func @layer_norm_scale(%x: tensor<4x8xf32>, %s: tensor<4xf32>) {
  // expected-error @+1 {{'graph.layer_norm' op scale must have the normalised shape 8 (input dims from axis 1), but has shape 4}}
  %0 = graph.layer_norm %x, %s : tensor<4x8xf32>, tensor<4xf32>
  return
}

// -----

func.func @batch_norm_channels(%x: tensor<1x3x4x4xf32>, %s: tensor<4xf32>) {
  // expected-error @+1 {{'graph.batch_norm' op scale must have shape 3 (the channels), but has shape 4}}
  %0 = graph.batch_norm %x, %s, %s, %s, %s : tensor<1x3x4x4xf32>, tensor<4xf32>
  return
}

// -----

func.func @reshape_count(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.reshape' op cannot reshape 4x8 (32 elements) to 5x6 (30 elements)}}
  %0 = graph.reshape %x : tensor<4x8xf32> to tensor<5x6xf32>
  return
}

// -----

func.func @reshape_element(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.reshape' op changes the element type from 'f32' to 'f16' (use graph.cast)}}
  %0 = graph.reshape %x : tensor<4x8xf32> to tensor<32xf16>
  return
}

// -----

func.func @transpose_perm(%x: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'graph.transpose' op perm [0, 2, 2] is not a permutation of 0..2}}
  %0 = graph.transpose %x perm = [0, 2, 2] : tensor<2x3x4xf32>
  return
}

// -----

func.func @transpose_length(%x: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'graph.transpose' op perm [1, 0] has 2 entries, but the input has rank 3}}
  %0 = graph.transpose %x perm = [1, 0] : tensor<2x3x4xf32>
  return
}

// -----

func.func @concat_dims(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) {
  // expected-error @+1 {{'graph.concat' op input #1 (2x4) differs from input #0 (2x3) in dimension 1, which is not the concatenation axis 0}}
  %0 = graph.concat %a, %b axis = 0 : tensor<2x3xf32>, tensor<2x4xf32>
  return
}

// -----

func.func @concat_rank(%a: tensor<2x3xf32>, %b: tensor<6xf32>) {
  // expected-error @+1 {{'graph.concat' op input #1 has rank 1, but input #0 has rank 2}}
  %0 = graph.concat %a, %b axis = 0 : tensor<2x3xf32>, tensor<6xf32>
  return
}

// -----

func.func @concat_axis(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.concat' op axis 2 is out of range for rank 2 (expected -2 <= axis < 2)}}
  %0 = graph.concat %a, %a axis = 2 : tensor<2x3xf32>, tensor<2x3xf32>
  return
}

// -----

func.func @slice_lengths(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.slice' op starts and ends must have the same length, but have 2 and 1}}
  %0 = graph.slice %x starts = [0, 0] ends = [2] : tensor<4x8xf32>
  return
}

// -----

func.func @slice_step(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.slice' op steps must be non-zero, but step 0 is 0}}
  %0 = graph.slice %x starts = [0] ends = [2] steps = [0] : tensor<4x8xf32>
  return
}

// -----

func.func @slice_axes(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.slice' op axis 2 is out of range for rank 2 (expected -2 <= axis < 2)}}
  %0 = graph.slice %x starts = [0] ends = [2] axes = [2] : tensor<4x8xf32>
  return
}

// -----

func.func @gather_indices(%t: tensor<10x4xf32>, %i: tensor<3xf32>) {
  // expected-error @+1 {{'graph.gather' op operand #1 must be statically shaped tensor of signless integer values, but got 'tensor<3xf32>'}}
  %0 = graph.gather %t, %i : tensor<10x4xf32>, tensor<3xf32>
  return
}

// -----

func.func @gather_axis(%t: tensor<10x4xf32>, %i: tensor<3xi32>) {
  // expected-error @+1 {{'graph.gather' op axis 2 is out of range for rank 2 (expected -2 <= axis < 2)}}
  %0 = graph.gather %t, %i axis = 2 : tensor<10x4xf32>, tensor<3xi32>
  return
}

// -----

func.func @split_sizes(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.split' op sizes [3, 4] add up to 7, but dimension 1 has size 8}}
  %0:2 = graph.split %x axis = 1 sizes = [3, 4] : tensor<4x8xf32>
  return
}

// -----

func.func @split_results(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.split' op inferred type(s) 'tensor<4x4xf32>, tensor<4x4xf32>' are incompatible with return type(s) of operation 'tensor<4x4xf32>'}}
  %0 = "graph.split"(%x) <{axis = 1 : i64, sizes = array<i64: 4, 4>}> : (tensor<4x8xf32>) -> tensor<4x4xf32>
  return
}

// -----

func.func @missing_attribute(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.transpose' op requires attribute 'perm'}}
  %0 = "graph.transpose"(%x) : (tensor<4x8xf32>) -> tensor<8x4xf32>
  return
}

// -----

// In the generic form too, a failing shape rule reports its own message (not the generic inference one).
func.func @generic_matmul(%a: tensor<4x8xf32>, %b: tensor<7x16xf32>) {
  // expected-error @+1 {{'graph.matmul' op contracting dimensions differ: lhs 4x8 has 8 columns, rhs 7x16 has 7 rows}}
  %0 = "graph.matmul"(%a, %b) : (tensor<4x8xf32>, tensor<7x16xf32>) -> tensor<4x16xf32>
  return
}

// -----

func.func @generic_bad_attribute(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{'graph.transpose' op attribute 'perm' failed to satisfy constraint: i64 dense array attribute}}
  %0 = "graph.transpose"(%x) <{perm = [1, 0]}> : (tensor<4x8xf32>) -> tensor<8x4xf32>
  return
}
