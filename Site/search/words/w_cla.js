BRIEFINGS_SEARCH_WORDS("cla",{
"clairement":"81",
"clashing":"7w",
"classee":"1f,2h"
});
