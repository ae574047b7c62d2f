BRIEFINGS_SEARCH_WORDS("2",{
"2":"2,17,q,19,3,o,2l,l,2,3,a,1,1"
});
