BRIEFINGS_SEARCH_WORDS("2",{
"2":"2,17,1y,3,1,q,2w,2,i,2,3,a,1,1;41"
});
