BRIEFINGS_SEARCH_WORDS("hig",{
"high":"15,9,d,3,b,8,3a,1i,8;5n",
"highway":"1,7f,3;7g",
"highways":"4q,2q"
});
