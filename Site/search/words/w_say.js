BRIEFINGS_SEARCH_WORDS("say",{
"says":"5i,2h,3,5;5i,2h,8"
});
