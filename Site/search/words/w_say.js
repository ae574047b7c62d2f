BRIEFINGS_SEARCH_WORDS("say",{
"says":"4w,2k,3,5;4w,2k,8"
});
