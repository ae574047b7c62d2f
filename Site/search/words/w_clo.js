BRIEFINGS_SEARCH_WORDS("clo",{
"closed":"4w,r,w,s,3,3,5;4w,r,w"
});
