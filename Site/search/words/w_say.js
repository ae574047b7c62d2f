BRIEFINGS_SEARCH_WORDS("say",{
"says":"4w,2h,3,5;4w,2h,8"
});
