BRIEFINGS_SEARCH_WORDS("hig",{
"high":"15,9,d,3,a,8,38,1m,8;5k",
"highway":"1,7g,3;7h",
"highways":"4o,2t"
});
