BRIEFINGS_SEARCH_WORDS("peo",{
"people":"4v,n,l,6,1i,4,1,3,3,3;5i"
});
