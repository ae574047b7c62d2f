BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"30,4j",
"navale":"30,8,2,1y,c,28,1;7s",
"navals":"5p,23;5p",
"navette":"3e,4n",
"navires":"3a,11,18,29,6",
"navy":"2l,4y"
});
