BRIEFINGS_SEARCH_WORDS("oil",{
"oil":"2,p,1h,4x,g"
});
