BRIEFINGS_SEARCH_WORDS("hou",{
"hours":"6f,3,t",
"house":"m,f"
});
