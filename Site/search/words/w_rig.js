BRIEFINGS_SEARCH_WORDS("rig",{
"rights":"24,8,1,2j,w,1w,3,3,3;5s"
});
