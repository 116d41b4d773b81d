// babel-preset-taro compiles the client for both targets (WeChat and H5).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
