BRIEFINGS_SEARCH_WORDS("hou",{
"hours":"6h,3,t",
"house":"m,f"
});
