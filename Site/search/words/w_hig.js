BRIEFINGS_SEARCH_WORDS("hig",{
"high":"15,9,d,3,a,8,3f,1p,8;5r",
"highway":"1,7q,3;7r",
"highways":"4v,2w"
});
