BRIEFINGS_SEARCH_WORDS("2",{
"2":"2,17,q,1v,3,o,2l,l,2,3,a,1,1"
});
