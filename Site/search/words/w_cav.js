BRIEFINGS_SEARCH_WORDS("cav",{
"cavusoglu":"24,l,p,6,38,f,1,f;24,1g"
});
