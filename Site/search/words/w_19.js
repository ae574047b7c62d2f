BRIEFINGS_SEARCH_WORDS("19",{
"19":"2,1,8,4,4,l,6,n,8,6,1f,5,1b,9,q,1g,3,2,1,2,3,1"
});
