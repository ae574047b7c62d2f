BRIEFINGS_SEARCH_WORDS("rig",{
"rights":"25,8,1,2y,x,1n,3,3,3;69"
});
