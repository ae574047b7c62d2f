BRIEFINGS_SEARCH_WORDS("hig",{
"high":"15,9,d,3,b,8,3w,1i,8;69",
"highway":"1,81,3;82",
"highways":"5c,2q"
});
