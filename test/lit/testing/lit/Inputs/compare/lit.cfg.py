# LLVM lit's view of this suite, so that a unit test can compare its results with dlc-lit's.
import lit.formats
config.name = 'compare'
config.suffixes = ['.test']
config.test_format = lit.formats.ShTest(execute_external=False)
config.available_features.add('foo')
