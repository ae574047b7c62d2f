BRIEFINGS_SEARCH_WORDS("hig",{
"high":"15,9,d,3,a,8,3g,1r,8;5s",
"highway":"1,7t,3;7u",
"highways":"4w,2y"
});
