BRIEFINGS_SEARCH_WORDS("hou",{
"hours":"6r,3,u",
"house":"m,f"
});
