BRIEFINGS_SEARCH_WORDS("los",{
"lose":"6p,l",
"loss":"6i,t;6i"
});
