BRIEFINGS_SEARCH_WORDS("hou",{
"hours":"6p,3,t",
"house":"m,f"
});
