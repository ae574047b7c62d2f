BRIEFINGS_SEARCH_WORDS("hyd",{
"hydrocarbures":"r,v"
});
