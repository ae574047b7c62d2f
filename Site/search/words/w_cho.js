BRIEFINGS_SEARCH_WORDS("cho",{
"choigou":"2n,r,4n;2n",
"choisi":"38",
"choughour":"1,36"
});
