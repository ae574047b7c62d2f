BRIEFINGS_SEARCH_WORDS("hou",{
"hours":"71,3,s",
"house":"m,f"
});
