/**
 * H5 only (config/index.ts points `@tarojs/components` here for the H5 build; the mini-program
 * uses WeChat's own components). View, Text, Input and Button are drawn as plain <div>, <span>,
 * <input> and <button>; every other component (Picker, Textarea, Switch, Image, Canvas…) is Taro's
 * own.
 *
 * Why: Taro draws each of its components as a Stencil custom element wrapped in a React class.
 * Every one of them runs Stencil's element lifecycle, its render queue and its slot relocation on
 * top of React's work, and these four are nearly every element of a family page (home drew 32
 * Stencil elements, the tab bar among them; now none). A plain element is React's work only.
 * Taro's own plain-HTML set (`h5.useHtmlComponents`) could not be used: its Input writes
 * `arialabel` for an accessible name and its Image and Button fail the journeys' accessibility
 * checks, and its View applies a class one render late.
 *
 * What Taro's props mean on them: h5-elements.tsx. The tab bar is not Taro's either
 * (components/tab-bar.tsx): its styles load here, in H5 only.
 */
import './h5-elements.scss';
import './h5-tab-bar.scss';

export * from '@tarojs/components/lib/react';
export { View, Text, Input, Button } from './h5-elements';
