BRIEFINGS_SEARCH_WORDS("say",{
"says":"4x,2h,3,5;4x,2h,8"
});
