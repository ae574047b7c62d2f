BRIEFINGS_SEARCH_WORDS("hig",{
"high":"15,9,d,3,a,8,3g,1q,8;5s",
"highway":"1,7s,3;7t",
"highways":"4w,2x"
});
