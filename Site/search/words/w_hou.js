BRIEFINGS_SEARCH_WORDS("hou",{
"hours":"6q,3,t",
"house":"m,f"
});
