BRIEFINGS_SEARCH_WORDS("yor",{
"york":"2r,1k,u,1q,5,k,6,4;4b"
});
