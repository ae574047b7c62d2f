BRIEFINGS_SEARCH_WORDS("yor",{
"york":"2r,1k,v,1q,5,k,6,4;4b"
});
