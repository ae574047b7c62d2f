BRIEFINGS_SEARCH_WORDS("hig",{
"high":"15,9,d,3,b,8,3b,1i,8;5o",
"highway":"1,7g,3;7h",
"highways":"4r,2q"
});
