BRIEFINGS_SEARCH_WORDS("sa",{
"sa":"k,4,1,b,9,3,12,7,e,1,7,1,1,1,a,9,y,1v,13,7,4,1;3k,9,y,1v"
});
