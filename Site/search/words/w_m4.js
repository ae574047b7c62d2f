BRIEFINGS_SEARCH_WORDS("m4",{
"m4":"1,1i,12,m,2,1g,6,1e,z,9,1,4,5,2;4p,2j,9"
});
