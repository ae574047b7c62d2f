BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"4q,2r,c;4q",
"catastrophique":"5w,1r"
});
