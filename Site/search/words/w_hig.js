BRIEFINGS_SEARCH_WORDS("hig",{
"high":"15,9,d,3,a,8,3g,1p,8;5s",
"highway":"1,7r,3;7s",
"highways":"4w,2w"
});
