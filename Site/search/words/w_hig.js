BRIEFINGS_SEARCH_WORDS("hig",{
"high":"15,9,d,3,a,8,3b,1l,8;5n",
"highway":"1,7i,3;7j",
"highways":"4q,2t"
});
