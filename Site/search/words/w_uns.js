BRIEFINGS_SEARCH_WORDS("uns",{
"unsc":"s",
"unsmil":"2,17,q,u,1q,r,2l,8,4"
});
