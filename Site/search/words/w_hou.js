BRIEFINGS_SEARCH_WORDS("hou",{
"hours":"6g,3,s",
"house":"m,f"
});
