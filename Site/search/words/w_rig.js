BRIEFINGS_SEARCH_WORDS("rig",{
"rights":"25,8,1,2c,x,1n,3,3,3;5n"
});
