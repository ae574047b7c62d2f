BRIEFINGS_SEARCH_WORDS("rig",{
"rights":"24,8,1,2b,w,1r,3,3,3;5k"
});
