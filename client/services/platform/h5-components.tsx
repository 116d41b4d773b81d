/**
 * H5 only (config/index.ts points `@tarojs/components` here for the H5 build; the mini-program
 * uses WeChat's own components). View and Text are drawn as plain <div> and <span>; every other
 * component is Taro's own.
 *
 * Why: Taro draws each View and Text as a Stencil custom element wrapped in a React class. Every
 * one of them runs Stencil's element lifecycle, its render queue and its slot relocation on top of
 * React's work, and View and Text are nearly every element of a page (home drew 32 Stencil
 * elements, all but its two buttons and the tab bar View or Text). A plain element is React's work
 * only. Taro's own plain-HTML set
 * (`h5.useHtmlComponents`) could not be used: its Input writes `arialabel` for an accessible name
 * and its Image and Button fail the journeys' accessibility checks, and its View applies a class
 * one render late.
 *
 * What Taro's props mean on them: h5-elements.tsx. The tab bar is not Taro's either
 * (components/tab-bar.tsx): its styles load here, in H5 only.
 */
import './h5-elements.scss';
import './h5-tab-bar.scss';

export * from '@tarojs/components/lib/react';
export { View, Text, Input, Button } from './h5-elements';
