BRIEFINGS_SEARCH_WORDS("f",{
"f":"1n,4w,r,8;6j"
});
