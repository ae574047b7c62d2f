BRIEFINGS_SEARCH_WORDS("rig",{
"rights":"24,8,1,2i,w,1u,3,3,3;5r"
});
