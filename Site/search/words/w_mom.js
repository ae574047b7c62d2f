BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"38,h,3u,e;3p",
"momentum":"6v,p"
});
