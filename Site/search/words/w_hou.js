BRIEFINGS_SEARCH_WORDS("hou",{
"hours":"6q,3,u",
"house":"m,f"
});
