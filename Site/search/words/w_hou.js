BRIEFINGS_SEARCH_WORDS("hou",{
"hours":"6f,3,s",
"house":"m,f"
});
