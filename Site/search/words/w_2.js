BRIEFINGS_SEARCH_WORDS("2",{
"2":"2,17,1y,3,1,s,2t,2,i,2,3,a,1,1;43"
});
